using ServiceBot.Domain.Bureaus;

namespace ServiceBot.Application.Bureaus;

public sealed record BureauView(string Code, string Name, string Duties, BureauKind Kind, bool IsActive, string? LeaderInChargeCode);
