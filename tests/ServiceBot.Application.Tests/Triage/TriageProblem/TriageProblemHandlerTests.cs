using ServiceBot.Application.Bureaus.UpdateBureau;
using ServiceBot.Application.Triage.TriageProblem;
using ServiceBot.Domain.Common;
using ServiceBot.Testing;

namespace ServiceBot.Application.Tests.Triage.TriageProblem;

public sealed class TriageProblemHandlerTests : IAsyncLifetime
{
    private TestServices _services = null!;

    public async Task InitializeAsync() => _services = await TestServices.StartAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task Handle_ProposesBureauWithConfidenceAndExplanation_ForAnyone()
    {
        var result = await _services.SendAsync(null, new TriageProblemQuery(TriageCases.PowerCuts));

        Assert.True(result.IsSuccess);
        var view = result.Value;
        Assert.Equal(("gdgs", "国网县供电公司"), (view.Bureau.Code, view.Bureau.Name));
        Assert.InRange(view.Confidence, 0.7, 1.0);
        Assert.Contains("供电可靠性与停电", view.Explanation);
        Assert.Equal(3, view.Alternatives.Count);
        Assert.DoesNotContain(view.Alternatives, a => a.Code == "gdgs");
        Assert.Equal("水电气", view.Category);
        Assert.True(view.AutoDispatch);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public async Task Handle_RefusesWithChineseMessage_WhenTextIsMissing(string? text)
    {
        var result = await _services.SendAsync(null, new TriageProblemQuery(text));

        Assert.Equal(ErrorKind.Validation, result.Error!.Kind);
        Assert.Contains("问题描述", result.Error.Message);
    }

    [Fact]
    public async Task Handle_RefusesTextLongerThanACase()
    {
        var result = await _services.SendAsync(null, new TriageProblemQuery(new string('电', 4001)));

        Assert.Equal(ErrorKind.Validation, result.Error!.Kind);
    }

    [Fact]
    public async Task Handle_FollowsTheCatalogInTheDatabase_WhenAnAdministratorEditsIt()
    {
        const string Flood = "防汛防台期间厂里要停工吗";
        var bureaus = await _services.SendAsync(null, new Application.Bureaus.ListBureaus.ListBureausQuery());
        var yjj = bureaus.Value.Single(b => b.Code == "yjj");
        var gdgs = bureaus.Value.Single(b => b.Code == "gdgs");

        Assert.True((await _services.SendAsync(TestActors.Admin, new UpdateBureauCommand("yjj", yjj.Name, yjj.Duties + "、防汛防台与自然灾害防治", null, true))).IsSuccess);
        Assert.True((await _services.SendAsync(TestActors.Admin, new UpdateBureauCommand("gdgs", gdgs.Name, gdgs.Duties, null, false))).IsSuccess);
        var flood = await _services.SendAsync(null, new TriageProblemQuery(Flood));
        var power = await _services.SendAsync(null, new TriageProblemQuery(TriageCases.PowerCuts));

        Assert.Equal("yjj", flood.Value.Bureau.Code);
        Assert.Contains("防汛防台与自然灾害防治", flood.Value.Explanation);
        Assert.NotEqual("gdgs", power.Value.Bureau.Code);
        Assert.DoesNotContain(power.Value.Alternatives, a => a.Code == "gdgs");
    }

    [Fact]
    public async Task Handle_SaysItWouldNotDispatch_BelowTheThreshold()
    {
        var result = await _services.SendAsync(null, new TriageProblemQuery("你好，想问个事情"));

        Assert.False(result.Value.AutoDispatch);
    }
}
