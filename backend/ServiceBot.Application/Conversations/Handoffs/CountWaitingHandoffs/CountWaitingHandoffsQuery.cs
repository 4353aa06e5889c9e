using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Conversations.Handoffs.CountWaitingHandoffs;

/// <summary>How many conversations wait for a person now: the console's live count next to its 转人工 entry.</summary>
[Authorize(Role.Coordinator, Role.Admin)]
public sealed record CountWaitingHandoffsQuery : IQuery<Result<int>>;
