using ServiceBot.Application.Cases.CreateCase;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Users;
using ServiceBot.Testing;

namespace ServiceBot.Infrastructure.Tests.Persistence;

public sealed class CaseNumberSequenceTests
{
    private static readonly Actor Coordinator = new("coordinator-1", "调度员", Role.Coordinator);

    [Fact]
    public async Task Next_GivesDistinctGaplessNumbers_UnderConcurrentIntake()
    {
        await using var services = await TestServices.StartAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 24).Select(_ => services.SendAsync(Coordinator, Create())));

        Assert.All(results, r => Assert.True(r.IsSuccess, r.Error?.Message));
        var numbers = results.Select(r => r.Value.Number).Order().ToList();
        Assert.Equal(Enumerable.Range(1, 24).Select(i => CaseNumber.Format(2026, i)), numbers);
    }

    [Fact]
    public async Task Next_RestartsAtOne_InANewYear()
    {
        await using var services = await TestServices.StartAsync(now: TestCalendars.China(2026, 12, 31, 23, 50));
        await services.SendAsync(Coordinator, Create());

        services.Clock.SetUtcNow(TestCalendars.China(2027, 1, 1, 0, 10));
        var next = await services.SendAsync(Coordinator, Create());

        Assert.Equal("QY2027-000001", next.Value.Number);
    }

    private static CreateCaseCommand Create() => new(
        CaseType.Problem, "用地", "我们公司年纳税600多万，想扩建厂房但没有地。", CaseUrgency.Normal, null, CaseComplexity.Normal,
        "王建国", "13957900001", "api", null, "浦江县晶彩水晶有限公司", "91330726MA28D4K2XB");
}
