using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Bureaus.UpdateBureau;

/// <summary>Edits a bureau's name, duties, leader in charge, or takes it out of use; the code never changes.</summary>
[Authorize(Role.Admin)]
public sealed record UpdateBureauCommand(string Code, string Name, string? Duties, string? LeaderInChargeCode, bool IsActive) : ICommand<Result<BureauView>>;
