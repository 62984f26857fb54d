import { ShadertrainError } from '../errors.ts';

/** Bad input to a catalog function (`bad-input`, 400, exit 2); `field` names the offending argument. */
export class CatalogInputError extends ShadertrainError {
  declare readonly field: string;
  constructor(field: string, message: string) {
    super('bad-input', `${field}: ${message}`, { field });
    this.name = 'CatalogInputError';
  }
}

/** A row that must exist does not (`not-found`, 404, exit 2). */
export class CatalogNotFoundError extends ShadertrainError {
  constructor(readonly entity: string, readonly id: string) {
    super('not-found', `${entity} ${JSON.stringify(id)} not found`);
    this.name = 'CatalogNotFoundError';
  }
}
