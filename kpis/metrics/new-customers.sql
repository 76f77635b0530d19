-- New online customers: first orders per day from the web sales export, summed per month.
SELECT day AS date, new_customers AS value
FROM read_csv('web-sales.csv', header = true,
              columns = {'day': 'DATE', 'net_revenue': 'BIGINT', 'new_customers': 'INTEGER'});
