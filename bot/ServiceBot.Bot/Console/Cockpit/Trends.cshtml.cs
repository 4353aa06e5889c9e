using System.Globalization;
using System.Text.Json;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using ServiceBot.Application.Cockpit.GetTrends;
using ServiceBot.Bot.Console.Shared;

namespace ServiceBot.Bot.Console.Cockpit;

/// <summary>趋势: the county's monthly figures as charts (Chart.js, served from the host) and as a table.</summary>
public sealed class TrendsModel(IMediator mediator) : ConsolePage(mediator)
{
    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    public IReadOnlyList<TrendPoint> Points { get; private set; } = [];

    /// <summary>The charts' data, as the console script reads it.</summary>
    public string VolumeChart { get; private set; } = "{}";

    public string RateChart { get; private set; } = "{}";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new GetTrendsQuery(Period), cancellationToken);
        if (!result.IsSuccess)
        {
            return Fail(result.Error!);
        }

        Points = result.Value;
        var labels = Points.Select(p => p.Month.Key).ToList();
        VolumeChart = JsonSerializer.Serialize(new
        {
            type = "bar",
            labels,
            datasets = new object[]
            {
                new { label = "交办件", data = Points.Select(p => p.Received), backgroundColor = "#0f766e" },
                new { label = "答复件", data = Points.Select(p => p.Answered), backgroundColor = "#93c5fd" },
            },
        });
        RateChart = JsonSerializer.Serialize(new
        {
            type = "line",
            percent = true,
            labels,
            datasets = new object[]
            {
                new { label = "按时办结率", data = Points.Select(p => Percent(p.OnTimeAnswerRate)), borderColor = "#0f766e", backgroundColor = "#0f766e", spanGaps = true },
                new { label = "满意率", data = Points.Select(p => Percent(p.SatisfactionRate)), borderColor = "#d97706", backgroundColor = "#d97706", spanGaps = true },
            },
        });
        return Page();
    }

    private static double? Percent(double? rate) => rate is { } r ? Math.Round(r * 100, 1) : null;

    public static string Month(TrendPoint point) => point?.Month.Label ?? string.Empty;

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
