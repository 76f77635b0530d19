"""Reference values for tests/core/analytics/evidence-stats.test.ts, computed independently of the
TypeScript with numpy least squares (season dummies as columns) and scipy's distributions.

    python3 tests/core/analytics/reference/evidence.py

Prints one line per value the test pins. The series are the ones written in the test.
"""
import numpy as np
from scipy import stats

# Monthly levels from 2024-01 (index 0 = January).
A_LEAD = [100, 104, 101, 107, 103, 110, 108, 106, 113, 109, 115, 112, 111, 118, 114, 120, 117, 116, 123, 119]
A_LAG = [50, 50, 53, 51, 55, 52, 57, 56, 54, 59, 55, 60, 58, 57, 62, 59, 63, 61, 60, 65]
B_LEAD = [200 + 10 * np.sin(i * np.pi / 6) + d for i, d in enumerate(
    [0, 3, -2, 5, 1, -4, 2, 6, -3, 0, 4, -1, 2, -5, 3, 1, -2, 4, 0, -3, 5, 2, -1, 3, -4, 1, 2, -2, 4, 0])]
B_LAG = [80 + 6 * np.sin(i * np.pi / 6) + d for i, d in enumerate(
    [0, 1, -1, 3, 0, -2, 2, 2, -2, 1, 2, 0, 1, -3, 2, 0, -1, 3, 1, -2, 2, 1, 0, 1, -2, 1, 1, -1, 2, 1])]


def diffs(levels):
    return {t: levels[t] - levels[t - 1] for t in range(1, len(levels))}


def rel(levels):
    return {t: (levels[t] - levels[t - 1]) / abs(levels[t - 1]) for t in range(1, len(levels))}


def pairs(x, y, lag):
    ts = [t for t in sorted(y) if t - lag in x]
    return np.array([x[t - lag] for t in ts]), np.array([y[t] for t in ts]), ts


def design(ts, seasonal):
    if not seasonal:
        return np.ones((len(ts), 1))
    months = sorted(set(t % 12 for t in ts))
    return np.array([[1.0 if t % 12 == m else 0.0 for m in months] for t in ts])


def resid(v, D):
    beta, *_ = np.linalg.lstsq(D, v, rcond=None)
    return v - D @ beta


def acf(v, ts, k):
    c = v - v.mean()
    pos = {t: i for i, t in enumerate(ts)}
    num = sum(c[i] * c[pos[t + k]] for i, t in enumerate(ts) if t + k in pos)
    return num / (c @ c)


def neff(a, b, ts):
    n = len(ts)
    s = sum(acf(a, ts, k) * acf(b, ts, k) for k in range(1, min(5, n // 4) + 1))
    return n / max(1.0, 1 + 2 * s)


def corr_test(x, y, ts):
    seasonal = ts[-1] - ts[0] + 1 >= 24
    D = design(ts, seasonal)
    rx, ry = resid(x, D), resid(y, D)
    r = (rx @ ry) / np.sqrt((rx @ rx) * (ry @ ry))
    ne = neff(rx, ry, ts)
    df = max(1.0, (len(ts) - 1 - D.shape[1]) * ne / len(ts))
    t = r * np.sqrt(df / (1 - r * r))
    return r, 2 * stats.t.sf(abs(t), df), len(ts), seasonal, ne


def slope_test(x, y, ts):
    seasonal = ts[-1] - ts[0] + 1 >= 24
    D = design(ts, seasonal)
    X = np.column_stack([x, D])
    beta, *_ = np.linalg.lstsq(X, y, rcond=None)
    e = y - X @ beta
    n, k = X.shape
    cov = (e @ e) / (n - k) * np.linalg.inv(X.T @ X)
    rx = resid(x, D)
    ne = neff(rx, e, ts)
    se = np.sqrt(cov[0, 0] * n / ne)
    df = max(1.0, (n - k) * ne / n)
    half = stats.t.ppf(0.975, df) * se
    return beta[0], beta[0] - half, beta[0] + half, 2 * stats.t.sf(abs(beta[0] / se), df), n


print('tQuantile', [repr(stats.t.ppf(0.975, df)) for df in (1, 2.5, 10, 23.7, 1000)],
      repr(stats.t.ppf(0.05, 7)))
z = (np.arctanh(0.8) - np.arctanh(0.1)) / np.sqrt(1 / (30 - 3) + 1 / (12 - 3))
print('fisher one-sided', repr(stats.norm.sf(z)))
z = (np.arctanh(0.5) - np.arctanh(0.6)) / np.sqrt(1 / (20 - 3) + 1 / (10 - 3))
print('fisher stronger later', repr(stats.norm.sf(z)))

xa, ya = diffs(A_LEAD), diffs(A_LAG)
for lag in range(0, 7):
    x, y, ts = pairs(xa, ya, lag)
    if len(ts) >= 8:
        print('A lag', lag, [repr(float(v)) for v in corr_test(x, y, ts)])
xb, yb = diffs(B_LEAD), diffs(B_LAG)
x, y, ts = pairs(xb, yb, 0)
print('B lag 0', [repr(float(v)) for v in corr_test(x, y, ts)])
x, y, ts = pairs(rel(B_LEAD), rel(B_LAG), 0)
print('B elasticity', [repr(float(v)) for v in slope_test(x, y, ts)])
x, y, ts = pairs(rel(A_LEAD), rel(A_LAG), 1)
print('A elasticity lag 1', [repr(float(v)) for v in slope_test(x, y, ts)])
