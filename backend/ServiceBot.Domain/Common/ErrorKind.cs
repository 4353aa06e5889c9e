namespace ServiceBot.Domain.Common;

/// <summary>The kinds of expected failure; the host maps each to an HTTP status.</summary>
public enum ErrorKind
{
    Validation,
    NotFound,
    Forbidden,
    Unauthorized,
    Conflict,
}
