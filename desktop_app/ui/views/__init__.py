"""The main window's pages, one module per view (see the view contract in main_window)."""
