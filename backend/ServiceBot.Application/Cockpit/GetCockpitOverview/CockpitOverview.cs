namespace ServiceBot.Application.Cockpit.GetCockpitOverview;

/// <summary>Open cases right now, counted several ways; lights are each case's highest light.</summary>
public sealed record CockpitOverview(
    DateTimeOffset TakenAt,
    int Open,
    int Red,
    int Yellow,
    int Blue,
    int AwaitingDispatch,
    int AwaitingRuling,
    int Elevated,
    IReadOnlyList<CountRow> ByState,
    IReadOnlyList<CountRow> ByBureau,
    IReadOnlyList<CountRow> ByCategory,
    IReadOnlyList<CountRow> ByTown);
