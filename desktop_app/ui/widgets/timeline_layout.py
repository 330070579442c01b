"""Where overlapping agenda items go in their room's column (calendar-style lanes)."""
from __future__ import annotations

import datetime as dt

from desktop_app.services.snapshots import AgendaItemRow


def lanes(items: list[AgendaItemRow]) -> dict[int, tuple[int, int]]:
    """Item id -> (lane, lanes in its cluster): overlapping items of a room sit side by side."""
    result: dict[int, tuple[int, int]] = {}
    by_room: dict[int, list[AgendaItemRow]] = {}
    for item in items:
        by_room.setdefault(item.room_id, []).append(item)
    for room_items in by_room.values():
        room_items.sort(key=lambda i: (i.start_time, i.end_time, i.id))
        cluster: list[tuple[AgendaItemRow, int]] = []
        lane_ends: list[dt.time] = []
        cluster_end: dt.time | None = None

        def close_cluster(members: list[tuple[AgendaItemRow, int]], width: int) -> None:
            for member, lane in members:
                result[member.id] = (lane, width)

        for item in room_items:
            if cluster_end is not None and item.start_time >= cluster_end:
                close_cluster(cluster, len(lane_ends))
                cluster, lane_ends, cluster_end = [], [], None
            lane = next((n for n, end in enumerate(lane_ends) if end <= item.start_time),
                        len(lane_ends))
            if lane == len(lane_ends):
                lane_ends.append(item.end_time)
            else:
                lane_ends[lane] = item.end_time
            cluster.append((item, lane))
            cluster_end = item.end_time if cluster_end is None else max(cluster_end,
                                                                        item.end_time)
        close_cluster(cluster, len(lane_ends))
    return result
