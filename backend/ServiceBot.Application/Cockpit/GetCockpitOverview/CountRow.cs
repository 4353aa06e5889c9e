namespace ServiceBot.Application.Cockpit.GetCockpitOverview;

/// <summary>One line of a live count: what is counted (its key for drill-down links and its label), how many open cases, how many of them red.</summary>
public sealed record CountRow(string Key, string Label, int Open, int Red);
