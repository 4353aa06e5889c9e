using ServiceBot.Application.Cases.CreateCase;
using ServiceBot.Domain.Cases;

namespace ServiceBot.Application.Tests.Triage;

/// <summary>New cases taken by the coordinator for an enterprise, as intake by phone would.</summary>
internal static class TriageCases
{
    public const string PowerCuts = "工业园区最近经常停电，一停就是半天，生产线停工损失很大，这个月已经第三次了";

    public static CreateCaseCommand Problem(string description) => new(
        CaseType.Problem,
        Category: null,
        description,
        CaseUrgency.Normal,
        UrgencyReason: null,
        CaseComplexity.Normal,
        "王建国",
        "13957900001",
        "phone",
        EnterpriseName: "浦江县晶彩水晶有限公司",
        EnterpriseCreditCode: "91330726MA28D4K2XB",
        EnterpriseTown: "浦阳街道",
        EnterpriseIndustry: "水晶玻璃制品");
}
