using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Application.Understanding;
using ServiceBot.Language.Intents;
using ServiceBot.Testing;

namespace ServiceBot.Application.Tests.Understanding;

public sealed class UnderstandingServiceTests
{
    [Fact]
    public async Task Understand_UsesTheDefaultCountyGazetteer_AndTheClock()
    {
        await using var services = await TestServices.StartAsync();
        var understanding = services.Services.GetRequiredService<IUnderstandingService>();

        var result = understanding.Understand("我们在黄宅工业区，明天能不能派人来看看停电的问题");

        Assert.Equal("黄宅镇", result.Place);
        Assert.Equal(new DateOnly(2026, 11, 24), Assert.Single(result.Dates).Date);
        Assert.Equal(Intent.ReportProblem, result.Intent.Intent);
    }

    [Fact]
    public async Task Understand_UsesTheConfiguredGazetteer()
    {
        await using var services = await TestServices.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Understanding:Places:0"] = "崧厦街道",
            ["Understanding:Places:1"] = "道墟街道",
        });
        var understanding = services.Services.GetRequiredService<IUnderstandingService>();

        var result = understanding.Understand("我们厂在崧厦，黄宅那边也有个仓库");

        Assert.Equal(["崧厦街道"], result.All(Language.Entities.EntityKind.Place).Select(p => p.Value));
    }

    [Fact]
    public async Task Understand_ChecksCreditCodes_WithTheDomainRule()
    {
        await using var services = await TestServices.StartAsync();
        var understanding = services.Services.GetRequiredService<IUnderstandingService>();

        var valid = understanding.Understand("统一社会信用代码91330726MA28D4K2XB");
        var invalid = understanding.Understand("统一社会信用代码91330726MA28D4K2XC");

        Assert.Equal("91330726MA28D4K2XB", valid.CreditCode);
        Assert.Null(invalid.CreditCode);
        Assert.NotNull(invalid.InvalidCreditCode);
    }
}
