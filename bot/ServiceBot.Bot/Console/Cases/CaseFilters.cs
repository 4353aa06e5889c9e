using Microsoft.AspNetCore.Mvc;
using ServiceBot.Application.Cases.SearchCases;
using ServiceBot.Application.Cockpit.Common;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Sla;

namespace ServiceBot.Bot.Console.Cases;

/// <summary>The query string of a case list (short keys, so drill-down links stay readable), turned into the search request.</summary>
public sealed class CaseFilters
{
    [FromQuery(Name = "filter")]
    public CaseListFilter Filter { get; set; } = CaseListFilter.Open;

    [FromQuery(Name = "state")]
    public CaseState? State { get; set; }

    [FromQuery(Name = "scope")]
    public CaseListScope Scope { get; set; } = CaseListScope.All;

    [FromQuery(Name = "bureau")]
    public string? Bureau { get; set; }

    [FromQuery(Name = "category")]
    public string? Category { get; set; }

    [FromQuery(Name = "town")]
    public string? Town { get; set; }

    [FromQuery(Name = "light")]
    public TrafficLight? Light { get; set; }

    [FromQuery(Name = "escalated")]
    public bool Escalated { get; set; }

    [FromQuery(Name = "escalatedTo")]
    public string? EscalatedTo { get; set; }

    [FromQuery(Name = "leader")]
    public string? ContactLeader { get; set; }

    [FromQuery(Name = "enterprise")]
    public Guid? Enterprise { get; set; }

    [FromQuery(Name = "metric")]
    public BureauMetric? Metric { get; set; }

    [FromQuery(Name = "period")]
    public string? Period { get; set; }

    [FromQuery(Name = "q")]
    public string? Text { get; set; }

    [FromQuery(Name = "order")]
    public CaseListOrder Order { get; set; } = CaseListOrder.Deadline;

    [FromQuery(Name = "p")]
    public int PageNumber { get; set; } = 1;

    public bool IsDrillDown => Metric is not null || !string.IsNullOrEmpty(Town) || !string.IsNullOrEmpty(ContactLeader) || Enterprise is not null || Escalated || !string.IsNullOrEmpty(EscalatedTo);

    public SearchCasesQuery ToQuery(int pageSize = 20) => new(
        Filter, State, Scope, Bureau, Category, Town, Light, Escalated, EscalatedTo, ContactLeader, Enterprise, Metric, Period, Text, Order, PageNumber, pageSize);
}
