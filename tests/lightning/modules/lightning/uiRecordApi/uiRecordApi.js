// A stand-in for Salesforce's lightning/uiRecordApi: getRecord is a wire adapter that answers
// with the record the test page put in globalThis.testRecords[recordId]; updateRecord keeps
// what would be saved in globalThis.savedRecords.
export class getRecord {
    constructor(dataCallback) {
        this.dataCallback = dataCallback;
    }

    update(config) {
        const record = globalThis.testRecords?.[config.recordId];
        this.dataCallback(record ? { data: record, error: undefined } : { data: undefined, error: { body: { message: "no such record" } } });
    }

    connect() {}

    disconnect() {}
}

export function updateRecord(input) {
    (globalThis.savedRecords ??= []).push(input);
    return Promise.resolve(input);
}
