using System.Globalization;

namespace ServiceBot.Domain.Cases;

/// <summary>Human-readable case numbers: <c>QY2026-000123</c>, numbered per year from 1.</summary>
public static class CaseNumber
{
    public const string Prefix = "QY";

    public static string Format(int year, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}{year:D4}-{sequence:D6}");

    public static bool IsWellFormed(string? number) =>
        number is { Length: 13 }
        && number.StartsWith(Prefix, StringComparison.Ordinal)
        && number[6] == '-'
        && number.AsSpan(2, 4).IndexOfAnyExceptInRange('0', '9') < 0
        && number.AsSpan(7).IndexOfAnyExceptInRange('0', '9') < 0;
}
