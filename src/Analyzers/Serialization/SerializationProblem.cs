using Microsoft.CodeAnalysis;

namespace Multiprocessing.Analyzers.Serialization
{
    /// <summary>
    /// The first type MemoryPack cannot serialize, found inside an entry's parameter or result, with the member path
    /// that leads to it when it sits inside a <c>[MemoryPackable]</c> type (<c>Order.Attachment</c>).
    /// </summary>
    /// <param name="Type">The type that cannot be serialized.</param>
    /// <param name="Reason">Why not, as a short phrase: "a delegate", "a class without [MemoryPackable]".</param>
    /// <param name="Owner">The outermost <c>[MemoryPackable]</c> type on the path, or null when there is no path.</param>
    /// <param name="Members">The members from <paramref name="Owner"/> down to the offending one, separated by dots.</param>
    internal sealed record SerializationProblem(ITypeSymbol Type, string Reason, string? Owner = null, string? Members = null)
    {
        // Nullability is not what makes a type unserializable: "System.IO.Stream", not "System.IO.Stream?".
        private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.CSharpErrorMessageFormat
            .RemoveMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

        /// <summary>A type as the user wrote it: <c>ProcessQueue&lt;Order&gt;</c>, not <c>Multiprocessing.ProcessQueue&lt;Demo.Order?&gt;</c>.</summary>
        public static readonly SymbolDisplayFormat UserTypeFormat = SymbolDisplayFormat.MinimallyQualifiedFormat
            .RemoveMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

        /// <summary>The same problem seen from <paramref name="member"/> of the <c>[MemoryPackable]</c> type <paramref name="owner"/>.</summary>
        public SerializationProblem Through(INamedTypeSymbol owner, ISymbol member) =>
            this with { Owner = owner.Name, Members = Members is null ? member.Name : member.Name + "." + Members };

        /// <summary>The same problem found in the item type of a runtime queue or proxy, which the reason then names.</summary>
        public SerializationProblem InItemsOf(INamedTypeSymbol carrier) =>
            this with { Reason = Reason + ", in the items of " + carrier.ToDisplayString(UserTypeFormat) };

        /// <summary>What the message shows: <c>Order.Attachment of type System.IO.Stream</c>, or just <c>System.IO.Stream</c>.</summary>
        public string Describe() =>
            Owner is null
                ? Type.ToDisplayString(TypeFormat)
                : Owner + "." + Members + " of type " + Type.ToDisplayString(TypeFormat);
    }
}
