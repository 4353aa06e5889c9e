using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Paging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Conversations.Handoffs.ListHandoffs;

/// <summary>
/// The coordinator office's handoff queue: by default the open ones (waiting first, oldest first, so whoever waited
/// longest is served first); with <paramref name="Status"/> only that status, newest first for closed ones.
/// <paramref name="Text"/> finds words of the reason, the user's or the enterprise's name.
/// </summary>
[Authorize(Role.Coordinator, Role.Admin)]
public sealed record ListHandoffsQuery(HandoffStatus? Status = null, string? Text = null, int? Page = null, int? PageSize = null)
    : IQuery<Result<PagedList<HandoffView>>>, IPagedRequest;
