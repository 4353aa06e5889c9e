namespace ServiceBot.Domain.Users;

/// <summary>Chinese names of roles, as shown to people.</summary>
public static class RoleNames
{
    public static string ToChinese(this Role role) => role switch
    {
        Role.EnterpriseUser => "企业用户",
        Role.BureauStaff => "责任单位经办人",
        Role.BureauHead => "责任单位负责人",
        Role.Coordinator => "三服务办",
        Role.CountyLeader => "县领导",
        Role.Admin => "系统管理员",
        _ => "系统",
    };
}
