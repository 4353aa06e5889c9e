using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Paging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Enterprises.ListKeyEnterprises;

/// <summary>The key enterprises county leaders keep in touch with (县领导联系重点企业), of one leader or all, with their open cases.</summary>
[Authorize(Role.CountyLeader, Role.Coordinator)]
public sealed record ListKeyEnterprisesQuery(string? LeaderCode = null, string? Text = null, int? Page = null, int? PageSize = null)
    : IQuery<Result<PagedList<KeyEnterpriseView>>>, IPagedRequest;
