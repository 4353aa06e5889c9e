namespace ServiceBot.Language.Entities;

public static class EntityLabels
{
    public static string ToChinese(this EntityKind kind) => kind switch
    {
        EntityKind.CreditCode => "统一社会信用代码",
        EntityKind.Company => "企业名称",
        EntityKind.Person => "联系人姓名",
        EntityKind.Mobile => "手机号码",
        EntityKind.Landline => "固定电话",
        EntityKind.Amount => "金额",
        EntityKind.Date => "日期",
        EntityKind.Place => "乡镇街道",
        _ => kind.ToString(),
    };
}
