namespace ServiceBot.Application.Common.Security;

/// <summary>
/// A request about one case. The authorization behavior answers "not found" when the caller may not see the case,
/// before the handler runs, so another bureau's case never leaks its existence or content.
/// </summary>
public interface ICaseRequest
{
    string CaseNumber { get; }
}
