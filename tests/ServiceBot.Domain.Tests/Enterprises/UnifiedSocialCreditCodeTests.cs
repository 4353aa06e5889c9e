using FsCheck;
using FsCheck.Fluent;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Enterprises;

namespace ServiceBot.Domain.Tests.Enterprises;

public sealed class UnifiedSocialCreditCodeTests
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    [Theory]
    [InlineData("91350100M000100Y43")] // the worked example of GB 32100-2015
    [InlineData("91110000600037341L")]
    public void Parse_Accepts_WhenCheckCharacterIsRight(string code)
    {
        var result = UnifiedSocialCreditCode.Parse(code);

        Assert.True(result.IsSuccess);
        Assert.Equal(code, result.Value.Value);
    }

    [Theory]
    [InlineData(" 91350100m000100y43 ", "91350100M000100Y43")]
    [InlineData("９１３５０１００Ｍ０００１００Ｙ４３", "91350100M000100Y43")]
    [InlineData("91350100-M000100Y4-3", "91350100M000100Y43")]
    public void Parse_Normalizes_WhenInputHasCaseWidthOrSeparators(string input, string expected)
    {
        Assert.Equal(expected, UnifiedSocialCreditCode.Parse(input).Value.Value);
    }

    [Theory]
    [InlineData("91350100M000100Y44", "校验位")]
    [InlineData("91350100M000100Y4", "18位")]
    [InlineData("91350100M000100I43", "“I”")]
    [InlineData("913501A0M000100Y43", "行政区划码")]
    [InlineData("", "请填写")]
    public void Parse_RejectsWithChineseReason_WhenCodeIsWrong(string input, string reason)
    {
        var result = UnifiedSocialCreditCode.Parse(input);

        Assert.False(result.IsSuccess);
        Assert.Equal(ErrorKind.Validation, result.Error!.Kind);
        Assert.Contains(reason, result.Error.Message);
    }

    [Fact]
    public void Parse_AcceptsEveryCodeWithComputedCheckCharacter_ForAnyBody()
    {
        Prop.ForAll(Bodies().ToArbitrary(), body => UnifiedSocialCreditCode.Parse(body + UnifiedSocialCreditCode.CheckCharacter(body)).IsSuccess)
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Parse_RejectsEverySingleCharacterSubstitution_ForAnyValidCode()
    {
        var cases = from body in Bodies()
                    from position in Gen.Choose(0, 17)
                    from replacement in Gen.Elements(Alphabet.ToCharArray())
                    select (body, position, replacement);

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var code = (c.body + UnifiedSocialCreditCode.CheckCharacter(c.body)).ToCharArray();
            if (code[c.position] == c.replacement || (c.position is >= 2 and < 8 && !char.IsAsciiDigit(c.replacement)))
            {
                return true;
            }

            code[c.position] = c.replacement;
            return !UnifiedSocialCreditCode.Parse(new string(code)).IsSuccess;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Parse_RejectsEveryAdjacentTransposition_WhenTheBodyCharactersDiffer()
    {
        var cases = from body in Bodies()
                    from position in Gen.Choose(0, 15)
                    select (body, position);

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var code = (c.body + UnifiedSocialCreditCode.CheckCharacter(c.body)).ToCharArray();
            if (code[c.position] == code[c.position + 1])
            {
                return true;
            }

            (code[c.position], code[c.position + 1]) = (code[c.position + 1], code[c.position]);
            return !UnifiedSocialCreditCode.Parse(new string(code)).IsSuccess;
        }).QuickCheckThrowOnFailure();
    }

    /// <summary>The first 17 characters of a well-formed code: digits in the division-code positions.</summary>
    private static Gen<string> Bodies()
    {
        var any = Gen.Elements(Alphabet.ToCharArray());
        var digit = Gen.Elements("0123456789".ToCharArray());
        return (from head in Gen.ArrayOf(any, 2)
                from division in Gen.ArrayOf(digit, 6)
                from organization in Gen.ArrayOf(any, 9)
                select new string([.. head, .. division, .. organization]));
    }
}
