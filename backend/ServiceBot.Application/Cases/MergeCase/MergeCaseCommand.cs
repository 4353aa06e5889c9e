using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Cases.MergeCase;

/// <summary>Merges a duplicate into another open case.</summary>
[Authorize(Role.Coordinator)]
public sealed record MergeCaseCommand(string CaseNumber, string IntoCaseNumber) : ICommand<Result>, ICaseRequest;
