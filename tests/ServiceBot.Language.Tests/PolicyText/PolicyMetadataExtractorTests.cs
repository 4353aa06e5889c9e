using ServiceBot.Language.PolicyText;

namespace ServiceBot.Language.Tests.PolicyText;

public sealed class PolicyMetadataExtractorTests
{
    [Fact]
    public void Parse_ReadsShangyusTitleRegionAndValidity()
    {
        var metadata = SeedTexts.Parse(SeedTexts.Shangyu).Metadata;

        Assert.Equal("上虞区新一轮制造业“腾笼换鸟、凤凰涅槃”攻坚行动方案", metadata.Title);
        Assert.Equal("上虞区", metadata.Region);
        Assert.Equal(new DateOnly(2023, 12, 31), metadata.Validity.EffectiveUntil);
        Assert.Equal(30, metadata.Validity.EffectiveDaysAfterPublication);
        Assert.Equal("本方案自公布之日起30日后施行,有效期至2023年12月31日。", metadata.Validity.Clause);
    }

    [Fact]
    public void Parse_FindsNoTitleInPujiang_ButItsPublisherAndRegion()
    {
        var metadata = SeedTexts.Parse(SeedTexts.Pujiang).Metadata;

        Assert.Null(metadata.Title);
        Assert.Equal("浦江县经济商务局办公室", metadata.Publisher);
        Assert.Null(metadata.IssuingBody);
        Assert.Equal("浦江县", metadata.Region);
        Assert.Equal(PolicyValidityTerms.None, metadata.Validity);
    }

    [Fact]
    public void Extract_ReadsTheHeaderAndTheSignatureOfAnOfficialDocument()
    {
        var lines = PolicySource.FromPlainText("""
            浦江县人民政府文件
            浦政发〔2021〕5号
            浦江县人民政府关于推进制造业高质量发展的若干意见
            各乡镇人民政府、街道办事处，县政府各部门：
            为推进制造业高质量发展，现提出如下意见。
            一、加强用地保障。对年税收500万元以上的企业优先供地。
            二、本意见自印发之日起施行，有效期3年。
            浦江县人民政府
            2021年3月5日
            （此件公开发布）
            """).Lines;

        var (metadata, body) = PolicyMetadataExtractor.Extract(lines, PolicySourceHints.None, publisher: null);

        Assert.Equal("浦江县人民政府关于推进制造业高质量发展的若干意见", metadata.Title);
        Assert.Equal("浦政发〔2021〕5号", metadata.DocumentNumber);
        Assert.Equal("浦江县人民政府", metadata.IssuingBody);
        Assert.Equal(new DateOnly(2021, 3, 5), metadata.IssuedOn);
        Assert.Equal("浦江县", metadata.Region);
        Assert.Equal(0, metadata.Validity.EffectiveDaysAfterPublication);
        Assert.Equal(3, metadata.Validity.ValidForYears);
        Assert.Equal(
            ["为推进制造业高质量发展，现提出如下意见。", "一、加强用地保障。对年税收500万元以上的企业优先供地。", "二、本意见自印发之日起施行，有效期3年。"],
            body.Select(l => l.Text));
    }

    [Fact]
    public void Extract_PrefersTheHintsOfTheFileFormat()
    {
        var lines = PolicySource.FromPlainText("一、加强用地保障。\n二、扩大融资。").Lines;
        var hints = new PolicySourceHints(Title: "关于支持实体经济的若干政策公示", IssuingBody: "某某县人民政府", IssuedOn: new DateOnly(2024, 5, 1));

        var (metadata, _) = PolicyMetadataExtractor.Extract(lines, hints, publisher: "某某县发改局");

        Assert.Equal("关于支持实体经济的若干政策", metadata.Title);
        Assert.Equal("某某县人民政府", metadata.IssuingBody);
        Assert.Equal("某某县发改局", metadata.Publisher);
        Assert.Equal(new DateOnly(2024, 5, 1), metadata.IssuedOn);
        Assert.Equal("某某县", metadata.Region);
    }

    [Theory]
    [InlineData("上虞区新一轮制造业攻坚行动方案", "上虞区")]
    [InlineData("浦江县经济商务局办公室", "浦江县")]
    [InlineData("中共浦江县委", "浦江县")]
    [InlineData("绍兴市上虞区人民政府", "上虞区")]
    [InlineData("金华市人民政府关于…", "金华市")]
    [InlineData("关于推进制造业高质量发展的意见", null)]
    public void RegionOf_ReadsThePlaceANameStartsWith(string name, string? region) => Assert.Equal(region, PolicyMetadataExtractor.RegionOf(name));
}
