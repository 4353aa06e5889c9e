namespace ServiceBot.Application.Enterprises.ListKeyEnterprises;

/// <summary>A key enterprise, its leader, and how many of its cases are open and how many of those are overdue (red).</summary>
public sealed record KeyEnterpriseView(Guid Id, string Name, string CreditCode, string? Town, string? Industry, string LeaderCode, string LeaderTitle, int OpenCases, int RedCases);
