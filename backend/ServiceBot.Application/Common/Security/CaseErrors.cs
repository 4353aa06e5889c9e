using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Common.Security;

public static class CaseErrors
{
    /// <summary>The same answer for a case that does not exist and one the caller may not see.</summary>
    public static Error NotFound(string caseNumber) => Error.NotFound("case.notFound", $"未找到诉求 {caseNumber}。");
}
