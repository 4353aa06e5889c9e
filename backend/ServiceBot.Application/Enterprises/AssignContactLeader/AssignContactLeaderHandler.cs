using MediatR;
using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Enterprises;

namespace ServiceBot.Application.Enterprises.AssignContactLeader;

/// <summary>Answers the enterprise's name, for the confirmation.</summary>
internal sealed class AssignContactLeaderHandler(IApplicationDbContext db) : IRequestHandler<AssignContactLeaderCommand, Result<string>>
{
    public async Task<Result<string>> Handle(AssignContactLeaderCommand request, CancellationToken cancellationToken)
    {
        var code = UnifiedSocialCreditCode.Parse(request.CreditCode).Value.Value;
        var enterprise = await db.Enterprises.SingleOrDefaultAsync(e => e.CreditCode == code, cancellationToken).ConfigureAwait(false);
        if (enterprise is null)
        {
            return Error.NotFound("enterprise.notFound", $"系统中没有统一社会信用代码为 {code} 的企业：企业首次反映问题或登记后才会出现在这里。");
        }

        var leader = string.IsNullOrWhiteSpace(request.LeaderCode) ? null : request.LeaderCode.Trim();
        if (leader is not null && !await db.CountyLeaders.AnyAsync(l => l.Code == leader, cancellationToken).ConfigureAwait(false))
        {
            return Error.Validation("enterprise.leader", $"未找到县领导 {leader}。");
        }

        enterprise.AssignContactLeader(leader);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return enterprise.Name;
    }
}
