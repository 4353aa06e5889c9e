namespace ServiceBot.Language.Entities;

public enum EntityKind
{
    /// <summary>统一社会信用代码; <see cref="Entity.IsValid"/> says whether its check character is right.</summary>
    CreditCode,

    /// <summary>A company name (…有限公司, …厂, …集团).</summary>
    Company,

    /// <summary>A person's name introduced by 联系人/我是/我叫/负责人.</summary>
    Person,

    /// <summary>A mainland mobile number; the value is its 11 digits.</summary>
    Mobile,

    /// <summary>A landline number; the value is <c>area-number</c> when an area code was given.</summary>
    Landline,

    /// <summary>An amount of money; <see cref="Entity.Amount"/> is in yuan.</summary>
    Amount,

    /// <summary>A date or a period, absolute or relative (下周一, 月底); see <see cref="Entity.Date"/>.</summary>
    Date,

    /// <summary>A town, township or street of the county, from the configured gazetteer; the value is its full name.</summary>
    Place,
}
