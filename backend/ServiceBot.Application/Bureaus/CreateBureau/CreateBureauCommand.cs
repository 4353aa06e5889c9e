using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Bureaus.CreateBureau;

/// <summary>Adds a responsible unit to the catalog.</summary>
[Authorize(Role.Admin)]
public sealed record CreateBureauCommand(string Code, string Name, string? Duties, string? LeaderInChargeCode) : ICommand<Result<BureauView>>;
