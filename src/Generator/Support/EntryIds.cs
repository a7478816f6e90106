using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Multiprocessing.Generator.Support
{
    /// <summary>
    /// Entry ids: a 64-bit FNV-1a hash of the entry's fully qualified signature. The parent's call site and the
    /// child's table compute it from the same symbol, so they agree without a shared registry, and moving the
    /// declaration within its file does not change it.
    /// </summary>
    internal static class EntryIds
    {
        /// <summary>How generated code names types: <c>global::</c>-qualified, keywords escaped, nullable annotations kept.</summary>
        public static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
            .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

        // Ids ignore nullable annotations: adding a '?' must not make a parent and child of one build disagree.
        private static readonly SymbolDisplayFormat SignatureFormat = SymbolDisplayFormat.FullyQualifiedFormat;

        public static string Signature(IMethodSymbol method) =>
            method.ContainingType.ToDisplayString(SignatureFormat) + "." + method.Name
            + "(" + string.Join(", ", method.Parameters.Select(p => p.Type.ToDisplayString(SignatureFormat))) + ")";

        public static string SubclassSignature(INamedTypeSymbol type) => type.ToDisplayString(SignatureFormat) + ".Run()";

        /// <summary>A name as C# source must spell it: <c>@class</c> for a keyword.</summary>
        public static string Escape(string name) =>
            SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

        /// <summary>The short form people read in messages: <c>Worker.Square(int)</c>.</summary>
        public static string DisplayName(IMethodSymbol method) =>
            method.ContainingType.Name + "." + method.Name
            + "(" + string.Join(", ", method.Parameters.Select(p => p.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat))) + ")";

        public static ulong Hash(string signature)
        {
            const ulong offsetBasis = 14695981039346656037;
            const ulong prime = 1099511628211;
            ulong hash = offsetBasis;
            foreach (byte b in Encoding.UTF8.GetBytes(signature))
            {
                hash = unchecked((hash ^ b) * prime);
            }

            return hash;
        }

        public static string Literal(ulong id) => "0x" + id.ToString("X16") + "UL";
    }
}
