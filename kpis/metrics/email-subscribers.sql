-- Email subscribers: snapshots of the list size; the KPI keeps the last one of each month.
-- Snapshots taken in New York carry their offset and count on their date in UTC.
SELECT taken_at AS date, subscribers AS value
FROM read_csv('email-list.csv', header = true,
              columns = {'taken_at': 'TIMESTAMPTZ', 'subscribers': 'INTEGER'});
