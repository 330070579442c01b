"""Qt item models over the services' plain views (no SQL, no ORM objects)."""
