-- Online net revenue: the daily web sales export, summed per month by the engine
-- (the KPI's cadence and aggregate: monthly, sum).
SELECT day AS date, net_revenue AS value
FROM read_csv('web-sales.csv', header = true,
              columns = {'day': 'DATE', 'net_revenue': 'BIGINT', 'new_customers': 'INTEGER'});
