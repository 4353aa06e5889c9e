using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Calendar.ComputeDeadline;

/// <summary>
/// The deadline <paramref name="WorkingDays"/> working days (or <paramref name="Hours"/> natural hours) after
/// <paramref name="From"/>, by the same calculator the cases use. Public. The numbers arrive as text, as typed in a
/// query string, so that bad input gets a Chinese message rather than a binding failure.
/// </summary>
[AllowAnonymous]
public sealed record ComputeDeadlineQuery(string? From, string? WorkingDays, string? Hours) : IQuery<Result<DeadlineView>>;
