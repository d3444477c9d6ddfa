"""The Reports screen: a report chosen from a list over a period, as a table and a bar chart,
exported to XLSX or PDF in the background."""
