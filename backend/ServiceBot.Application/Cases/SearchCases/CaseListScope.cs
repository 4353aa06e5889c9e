namespace ServiceBot.Application.Cases.SearchCases;

/// <summary>For bureau staff and heads: the cases their bureau leads, co-handles, or both.</summary>
public enum CaseListScope
{
    All,
    Lead,
    CoHandled,
}
