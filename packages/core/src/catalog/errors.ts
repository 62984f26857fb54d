/** Bad input to a catalog function; `field` names the offending argument. */
export class CatalogInputError extends Error {
  readonly code = 'catalog-input';
  constructor(readonly field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = 'CatalogInputError';
  }
}

/** A row that must exist does not. */
export class CatalogNotFoundError extends Error {
  readonly code = 'not-found';
  constructor(readonly entity: string, readonly id: string) {
    super(`${entity} ${JSON.stringify(id)} not found`);
    this.name = 'CatalogNotFoundError';
  }
}
