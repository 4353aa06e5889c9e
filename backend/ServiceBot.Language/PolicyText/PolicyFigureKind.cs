namespace ServiceBot.Language.PolicyText;

public enum PolicyFigureKind
{
    /// <summary>Money: 元, 万元, 亿元, 美元.</summary>
    Amount,

    /// <summary>A share: 70%, 2.5%.</summary>
    Percentage,

    /// <summary>Land: 亩, 平方米, 平方公里.</summary>
    Area,

    /// <summary>Anything else counted: 家, 个, 项, 台, 吨标准煤, 天.</summary>
    Quantity,
}
