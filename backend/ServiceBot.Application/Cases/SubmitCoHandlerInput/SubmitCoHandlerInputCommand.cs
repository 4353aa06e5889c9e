using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Cases.SubmitCoHandlerInput;

/// <summary>A co-handling bureau's input to the lead.</summary>
[Authorize(Role.BureauStaff, Role.BureauHead)]
public sealed record SubmitCoHandlerInputCommand(string CaseNumber, string Input) : ICommand<Result>, ICaseRequest;
