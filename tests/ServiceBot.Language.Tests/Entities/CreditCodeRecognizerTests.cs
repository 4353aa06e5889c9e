using FsCheck;
using FsCheck.Fluent;
using ServiceBot.Domain.Enterprises;
using ServiceBot.Language.Entities;
using ServiceBot.Language.Tests.Support;

namespace ServiceBot.Language.Tests.Entities;

public sealed class CreditCodeRecognizerTests
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly DateOnly Today = new(2026, 11, 23);
    private readonly EntityExtractor _extractor = new(creditCodeValidator: Validators.CreditCode);

    [Theory]
    [InlineData("统一社会信用代码91330726MA28D4K2XB，电话", "91330726MA28D4K2XB")]
    [InlineData("代码：91330726ma28d4k2xb", "91330726MA28D4K2XB")]
    [InlineData("我们的代码是９１３３０７２６ＭＡ２８Ｄ４Ｋ２ＸＢ", "91330726MA28D4K2XB")]
    [InlineData("913307267045671235", "913307267045671235")]
    public void Extract_FindsValidCode_InEverydayWriting(string text, string expected)
    {
        var code = Assert.Single(_extractor.Extract(text, Today), e => e.Kind == EntityKind.CreditCode);

        Assert.Equal(expected, code.Value);
        Assert.True(code.IsValid);
        Assert.Equal(text.Substring(code.Start, code.Text.Length), code.Text);
    }

    [Fact]
    public void Extract_ReportsInvalidCode_WhenLabelledButCheckCharacterIsWrong()
    {
        var code = Assert.Single(_extractor.Extract("信用代码91330726MA28D4K2XC", Today), e => e.Kind == EntityKind.CreditCode);

        Assert.False(code.IsValid);
    }

    [Theory]
    [InlineData("身份证号330726198001011234")]
    [InlineData("订单号A1B2C3D4E5F6G7H8J9")]
    public void Extract_IgnoresUnlabelledStrings_ThatFailTheCheck(string text)
    {
        Assert.DoesNotContain(_extractor.Extract(text, Today), e => e.Kind == EntityKind.CreditCode);
    }

    [Fact]
    public void Extract_FindsEveryValidCode_AnywhereInAMessage()
    {
        var any = Gen.Elements(Alphabet.ToCharArray());
        var digit = Gen.Elements("0123456789".ToCharArray());
        var cases = from head in Gen.ArrayOf(any, 2)
                    from division in Gen.ArrayOf(digit, 6)
                    from organization in Gen.ArrayOf(any, 9)
                    from prefix in Gen.Elements("", "我们公司代码是", "你好，", "统一社会信用代码：", "企业 ")
                    select (Body: new string([.. head, .. division, .. organization]), Prefix: prefix);

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var code = c.Body + UnifiedSocialCreditCode.CheckCharacter(c.Body);
            var found = _extractor.Extract($"{c.Prefix}{code}，想咨询一下用地政策", Today).Where(e => e.Kind == EntityKind.CreditCode).ToList();
            return found.Count == 1 && found[0].Value == code && found[0].IsValid && found[0].Start == c.Prefix.Length;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Extract_TrustsWellFormedCodes_WhenNoValidatorIsGiven()
    {
        var code = Assert.Single(new EntityExtractor().Extract("代码91330726MA28D4K2XC", Today), e => e.Kind == EntityKind.CreditCode);

        Assert.True(code.IsValid);
    }
}
