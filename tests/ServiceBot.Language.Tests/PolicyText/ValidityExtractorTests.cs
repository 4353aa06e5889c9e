using ServiceBot.Language.PolicyText;

namespace ServiceBot.Language.Tests.PolicyText;

public sealed class ValidityExtractorTests
{
    [Fact]
    public void Extract_ReadsAnEndDateAndAStartRelativeToPublication()
    {
        var terms = ValidityExtractor.Extract(["本方案自公布之日起30日后施行，有效期至2023年12月31日。"]);

        Assert.Equal(new DateOnly(2023, 12, 31), terms.EffectiveUntil);
        Assert.Equal(30, terms.EffectiveDaysAfterPublication);
        Assert.Null(terms.EffectiveFrom);
        Assert.Equal(new DateOnly(2022, 3, 1), terms.ResolveEffectiveFrom(new DateOnly(2022, 1, 30)));
        Assert.Null(terms.ResolveEffectiveFrom(null));
    }

    [Fact]
    public void Extract_ReadsAnExplicitStartAndAPeriodInYears()
    {
        var terms = ValidityExtractor.Extract(["其他事项另行规定。", "本办法自2024年1月1日起施行，有效期三年。"]);

        Assert.Equal(new DateOnly(2024, 1, 1), terms.EffectiveFrom);
        Assert.Equal(3, terms.ValidForYears);
        Assert.Equal(new DateOnly(2026, 12, 31), terms.ResolveEffectiveUntil(terms.EffectiveFrom));
        Assert.Equal("本办法自2024年1月1日起施行，有效期三年。", terms.Clause);
    }

    [Fact]
    public void Extract_ReadsImmediateEffect()
    {
        var terms = ValidityExtractor.Extract(["本意见自印发之日起施行。"]);

        Assert.Equal(0, terms.EffectiveDaysAfterPublication);
        Assert.Equal(new DateOnly(2021, 3, 5), terms.ResolveEffectiveFrom(new DateOnly(2021, 3, 5)));
    }

    [Fact]
    public void Extract_FindsNothing_InTextWithoutValidityClauses()
    {
        var terms = ValidityExtractor.Extract(["到2025年，工业总产值突破1000亿元。", "2018年以来建设的项目逐一评估。"]);

        Assert.Equal(PolicyValidityTerms.None, terms);
    }
}
