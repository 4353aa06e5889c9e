using System.Text.Json;
using ServiceBot.Language.Organizations;

namespace ServiceBot.Language.Tests.Organizations;

/// <summary>Against the shipped catalog (bureaus.json) and the unit names the seed documents use.</summary>
public sealed class BureauNameMatcherTests
{
    private static readonly BureauNameMatcher Matcher = new(Catalog());

    [Theory]
    [InlineData("区经信局", "jxj")]
    [InlineData("区自然资源和规划分局", "zrzy")]
    [InlineData("区发改局", "fgj")]
    [InlineData("区生态环境分局", "sthj")]
    [InlineData("区市场监管局", "scjg")]
    [InlineData("区综合执法局", "zhzf")]
    [InlineData("区应急管理局", "yjj")]
    [InlineData("区税务局", "tax")]
    [InlineData("区消防大队", "xfjy")]
    [InlineData("区供电局", "gdgs")]
    [InlineData("区科技局", "kjj")]
    [InlineData("区金融办", "jrzx")]
    [InlineData("区财政局", "czj")]
    [InlineData("区商务局", "swj")]
    [InlineData("区投资促进中心", "tzcj")]
    [InlineData("区委人才办", "rcb")]
    [InlineData("区人力社保局", "rsj")]
    [InlineData("区教体局", "jyj")]
    [InlineData("区大数据中心", "sjj")]
    public void Match_RecognisesEveryCatalogUnitTheShangyuPlanNames(string name, string code) => Assert.Equal(code, Matcher.Match(name)?.Code);

    [Theory]
    [InlineData("县经济和信息化局", "jxj")]
    [InlineData("浦江县经信局", "jxj")]
    [InlineData("市生态环境局上虞分局", "sthj")]
    [InlineData("绍兴市上虞区市场监督管理局", "scjg")]
    [InlineData("市场监管局", "scjg")]
    [InlineData("县住建局", "zjj")]
    [InlineData("区卫健局", "wjj")]
    [InlineData("国家税务总局浦江县税务局", "tax")]
    [InlineData("企业综合服务中心", "ssfb")]
    public void Match_RecognisesOtherWaysOfWritingTheSameBureau(string name, string code) => Assert.Equal(code, Matcher.Match(name)?.Code);

    [Theory]
    [InlineData("杭州湾经开区")]
    [InlineData("杭州湾综管办")]
    [InlineData("曹娥江经开区")]
    [InlineData("公安分局")]
    [InlineData("上虞海关")]
    [InlineData("人行上虞支行")]
    [InlineData("银保监上虞监管组")]
    [InlineData("区总工会")]
    [InlineData("浦江县经济商务局")]
    [InlineData("")]
    public void Match_ReturnsNull_ForUnitsTheCatalogDoesNotHave(string name) => Assert.Null(Matcher.Match(name));

    [Fact]
    public void Match_SaysHowTheNameWasRecognised()
    {
        var match = Matcher.Match("区经信局");

        Assert.Equal(new BureauMatch("jxj", "县经济和信息化局", BureauMatchKind.Canonical, 1), match);
    }

    [Fact]
    public void Match_AcceptsANearlyIdenticalName_AndRefusesAnAmbiguousOne()
    {
        var matcher = new BureauNameMatcher([new("rsj", "县人力资源和社会保障局"), new("kjj", "县科学技术局"), new("kjg", "县科学技术馆")]);

        var similar = matcher.Match("县人力资源社会保障局");

        Assert.Equal(("rsj", BureauMatchKind.Similar), (similar?.Code, similar?.Kind));
        Assert.Null(matcher.Match("县科学技术"));
    }

    [Theory]
    [InlineData("区经信局", "经济和信息化局")]
    [InlineData("市生态环境局县分局", "生态环境局")]
    [InlineData("区自然资源和规划分局", "自然资源和规划局")]
    [InlineData("县市场监督管理局", "市场监督管理局")]
    [InlineData("市场监督管理局", "市场监督管理局")]
    [InlineData("国网县供电公司", "供电公司")]
    public void Canonical_DropsRegionAndBranchAndExpandsAbbreviations(string name, string canonical) => Assert.Equal(canonical, BureauNameMatcher.Canonical(name));

    private static IEnumerable<BureauName> Catalog()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "bureaus.json")));
        var coordinator = json.RootElement.GetProperty("coordinator");
        yield return new BureauName(coordinator.GetProperty("code").GetString()!, coordinator.GetProperty("name").GetString()!);
        foreach (var bureau in json.RootElement.GetProperty("bureaus").EnumerateArray())
        {
            yield return new BureauName(bureau.GetProperty("code").GetString()!, bureau.GetProperty("name").GetString()!);
        }
    }
}
