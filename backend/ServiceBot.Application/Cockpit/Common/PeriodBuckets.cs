using System.Linq.Expressions;

namespace ServiceBot.Application.Cockpit.Common;

/// <summary>
/// Which of consecutive periods a value falls in, as an expression the database runs (a chain of comparisons), so
/// a year of months is counted in one grouped query on either provider.
/// </summary>
public static class PeriodBuckets
{
    /// <summary>
    /// 0 for values before <paramref name="boundaries"/>[1], 1 before [2], …, and the last index after the last
    /// boundary. Callers filter to the whole span first.
    /// </summary>
    public static Expression<Func<T, int>> Index<T, TValue>(Expression<Func<T, TValue>> value, IReadOnlyList<TValue> boundaries)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(boundaries);
        Expression body = Expression.Constant(boundaries.Count - 1);
        for (var i = boundaries.Count - 1; i >= 1; i--)
        {
            var boundary = Expression.Property(Expression.Constant(new Holder<TValue>(boundaries[i])), nameof(Holder<TValue>.Value));
            body = Expression.Condition(Expression.LessThan(value.Body, boundary), Expression.Constant(i - 1), body);
        }

        return Expression.Lambda<Func<T, int>>(body, value.Parameters);
    }

    /// <summary>Makes a boundary a query parameter rather than a literal, as a captured variable would be.</summary>
    private sealed record Holder<TValue>(TValue Value);
}
