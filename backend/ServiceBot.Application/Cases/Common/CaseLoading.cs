using Microsoft.EntityFrameworkCore;
using ServiceBot.Domain.Cases;

namespace ServiceBot.Application.Cases.Common;

public static class CaseLoading
{
    /// <summary>
    /// Loads a case with what its lifecycle actions read (co-handlers and clocks). The timeline and evaluations are
    /// only appended to, so they are not loaded.
    /// </summary>
    public static Task<Case?> ForActionAsync(this IQueryable<Case> cases, string number, CancellationToken cancellationToken) =>
        cases.Include(c => c.CoHandlers).Include(c => c.Clocks).SingleOrDefaultAsync(c => c.Number == number, cancellationToken);
}
