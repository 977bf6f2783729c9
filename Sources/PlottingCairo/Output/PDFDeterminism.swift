import CCairo

/// Fixed PDF metadata, so that a PDF's bytes depend only on what is drawn.
enum PDFDeterminism {
    /// The creation date written into every PDF (Cairo otherwise writes the current time).
    static let creationDate = "2000-01-01T00:00:00Z"

    /// Sets the creation date and creator on a PDF surface, and the document's title and subject if it has them.
    static func setMetadata(on surface: OpaquePointer, document: DocumentMetadata) {
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, creationDate)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "dlplot")
        if let title = document.writtenTitle {
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title)
        }
        if let text = document.writtenDescription {
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, text)
        }
    }
}
