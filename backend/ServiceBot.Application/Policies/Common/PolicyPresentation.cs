using ServiceBot.Domain.Policies;
using ServiceBot.Language.Organizations;
using ServiceBot.Language.PolicyText;

namespace ServiceBot.Application.Policies.Common;

/// <summary>How validity and responsible units are told to people; shared by search results and answers.</summary>
internal static class PolicyPresentation
{
    public static PolicyValidityView Validity(PolicyValidity validity, DateOnly today)
    {
        var status = validity.On(today);
        var notice = status switch
        {
            PolicyValidityStatus.Expired => $"该政策已于{ChineseDates.Format(validity.EffectiveUntil!.Value)}到期，以上内容仅供参考，现行政策请向相关部门确认。",
            PolicyValidityStatus.NotYetEffective => $"该政策将于{ChineseDates.Format(validity.EffectiveFrom!.Value)}起施行，目前尚未生效。",
            _ when validity.EffectiveUntil is { } until => $"该政策现行有效，有效期至{ChineseDates.Format(until)}。",
            _ => "该文件未载明有效期，以发布部门的最新通知为准。",
        };
        return new PolicyValidityView(status, validity.EffectiveFrom, validity.EffectiveUntil, notice, validity.Clause);
    }

    public static IReadOnlyList<ResponsibleUnitView> Units(IndexedPolicyArticle article, BureauNameMatcher matcher) =>
        article.ResponsibleUnits
            .Select(name => matcher.Match(name) is { } match ? new ResponsibleUnitView(name, match.Code, match.Name) : new ResponsibleUnitView(name, null, null))
            .ToList();
}
