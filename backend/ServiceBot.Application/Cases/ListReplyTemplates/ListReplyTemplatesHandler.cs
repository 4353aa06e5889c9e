using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Cases.ListReplyTemplates;

internal sealed class ListReplyTemplatesHandler(IApplicationDbContext db, IOptionsMonitor<ReplyTemplateOptions> options)
    : IRequestHandler<ListReplyTemplatesQuery, Result<IReadOnlyList<ReplyTemplate>>>
{
    public async Task<Result<IReadOnlyList<ReplyTemplate>>> Handle(ListReplyTemplatesQuery request, CancellationToken cancellationToken)
    {
        var c = await db.Cases.AsNoTracking()
            .Where(x => x.Number == request.CaseNumber)
            .Select(x => new { x.Number, Enterprise = db.Enterprises.Where(e => e.Id == x.EnterpriseId).Select(e => e.Name).FirstOrDefault() })
            .SingleOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        if (c is null)
        {
            return CaseErrors.NotFound(request.CaseNumber);
        }

        var templates = options.CurrentValue.Templates.Count > 0 ? options.CurrentValue.Templates.ToList() : ReplyTemplateOptions.BuiltIn;
        return templates
            .Select(t => new ReplyTemplate { Title = t.Title, Text = t.Text.Replace("{企业}", c.Enterprise ?? "您好", StringComparison.Ordinal).Replace("{编号}", c.Number, StringComparison.Ordinal) })
            .ToList();
    }
}
