namespace ServiceBot.Domain.Bureaus;

/// <summary>A responsible unit (责任单位) handles cases; the coordinator office (三服务办) dispatches and supervises them.</summary>
public enum BureauKind
{
    ResponsibleUnit,
    CoordinatorOffice,
}
