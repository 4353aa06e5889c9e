using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Cases.InstructCase;

/// <summary>批示 by a county leader.</summary>
[Authorize(Role.CountyLeader)]
public sealed record InstructCaseCommand(string CaseNumber, string Instruction, DateOnly? NewDueDate, IReadOnlyList<string> AddCoHandlerCodes) : ICommand<Result>, ICaseRequest;
